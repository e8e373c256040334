package dk.oplys.core.domain.user;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.HashSet;
import java.util.Set;

/**
 * A person who logs in: staff, teacher or school admin, always of one school. The server's
 * Elytron JDBC realm reads {@code password_hash} (bcrypt, modular crypt form) and the roles.
 */
@Entity
@Table(name = "app_user")
public class AppUser {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String username;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "full_name", nullable = false)
    private String fullName;

    @Column(name = "school_id")
    private Long schoolId;

    private boolean active = true;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role_name")
    private Set<String> roles = new HashSet<>();

    protected AppUser() {
    }

    public AppUser(String username, String passwordHash, String fullName, Long schoolId, Set<String> roles) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.fullName = fullName;
        this.schoolId = schoolId;
        this.roles = new HashSet<>(roles);
    }

    /** The account can no longer log in (the realm only accepts active accounts); kept for the audit trail. */
    public void deactivate() {
        active = false;
    }

    public Long id() { return id; }
    public String username() { return username; }
    public String fullName() { return fullName; }
    public Long schoolId() { return schoolId; }
    public boolean active() { return active; }
    public Set<String> roles() { return Set.copyOf(roles); }
}
